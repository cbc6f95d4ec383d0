using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LivePoll.Data.Migrations
{
    /// <inheritdoc />
    public partial class Translations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "Questions",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "QuestionOptions",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "ProfileTranslations",
                table: "Events",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Translations",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "QuestionOptions");

            migrationBuilder.DropColumn(
                name: "ProfileTranslations",
                table: "Events");
        }
    }
}
