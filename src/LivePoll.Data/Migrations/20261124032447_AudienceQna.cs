using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LivePoll.Data.Migrations
{
    /// <inheritdoc />
    public partial class AudienceQna : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "QnaModerated",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AudienceQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 280, nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AskedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AudienceQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AudienceQuestions_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AudienceQuestions_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AudienceQuestionVotes",
                columns: table => new
                {
                    AudienceQuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AudienceQuestionVotes", x => new { x.AudienceQuestionId, x.ParticipantId });
                    table.ForeignKey(
                        name: "FK_AudienceQuestionVotes_AudienceQuestions_AudienceQuestionId",
                        column: x => x.AudienceQuestionId,
                        principalTable: "AudienceQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AudienceQuestionVotes_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AudienceQuestions_EventId",
                table: "AudienceQuestions",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_AudienceQuestions_ParticipantId",
                table: "AudienceQuestions",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_AudienceQuestionVotes_ParticipantId",
                table: "AudienceQuestionVotes",
                column: "ParticipantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AudienceQuestionVotes");

            migrationBuilder.DropTable(
                name: "AudienceQuestions");

            migrationBuilder.DropColumn(
                name: "QnaModerated",
                table: "Events");
        }
    }
}
