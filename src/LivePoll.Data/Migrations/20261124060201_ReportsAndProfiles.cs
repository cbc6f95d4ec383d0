using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LivePoll.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportsAndProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PeakConnectedPhones",
                table: "Questions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "RepeatOfId",
                table: "Questions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Group",
                table: "Participants",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProfileGroups",
                table: "Events",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "ProfileQuestion",
                table: "Events",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PeakConnectedPhones",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "RepeatOfId",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "Group",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "ProfileGroups",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "ProfileQuestion",
                table: "Events");
        }
    }
}
