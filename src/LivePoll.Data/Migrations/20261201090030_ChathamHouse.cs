using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LivePoll.Data.Migrations
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
                type: "INTEGER",
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
