using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LivePoll.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ChathamHouse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ChathamHouse",
                table: "Events",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ChathamHouse",
                table: "Events");
        }
    }
}
