using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LivePoll.Data.Migrations
{
    /// <inheritdoc />
    public partial class SessionTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EndedAt",
                table: "AgendaSessions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StartedAt",
                table: "AgendaSessions",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EndedAt",
                table: "AgendaSessions");

            migrationBuilder.DropColumn(
                name: "StartedAt",
                table: "AgendaSessions");
        }
    }
}
