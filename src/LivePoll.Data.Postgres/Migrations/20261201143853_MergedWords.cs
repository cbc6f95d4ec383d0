using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LivePoll.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MergedWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MergedWords",
                table: "Events",
                type: "text",
                nullable: false,
                defaultValue: "{}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MergedWords",
                table: "Events");
        }
    }
}
