using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LivePoll.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CountsPhrases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CountsPhrases",
                table: "Questions",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CountsPhrases",
                table: "Questions");
        }
    }
}
