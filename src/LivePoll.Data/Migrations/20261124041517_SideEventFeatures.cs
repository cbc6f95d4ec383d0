using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LivePoll.Data.Migrations
{
    /// <inheritdoc />
    public partial class SideEventFeatures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosesAt",
                table: "Questions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HiddenAnswers",
                table: "Questions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "HiddenWords",
                table: "Questions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "ScaleMaxLabel",
                table: "Questions",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScaleMinLabel",
                table: "Questions",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TimerSeconds",
                table: "Questions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CardCount",
                table: "QuestionOptions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "QnaModerated",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

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
                name: "CardCountChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OptionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OldCount = table.Column<int>(type: "INTEGER", nullable: false),
                    NewCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardCountChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CardCountChanges_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
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

            migrationBuilder.CreateIndex(
                name: "IX_CardCountChanges_EventId_ChangedAt",
                table: "CardCountChanges",
                columns: new[] { "EventId", "ChangedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AudienceQuestionVotes");

            migrationBuilder.DropTable(
                name: "CardCountChanges");

            migrationBuilder.DropTable(
                name: "AudienceQuestions");

            migrationBuilder.DropColumn(
                name: "ClosesAt",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "HiddenAnswers",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "HiddenWords",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "ScaleMaxLabel",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "ScaleMinLabel",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "TimerSeconds",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "CardCount",
                table: "QuestionOptions");

            migrationBuilder.DropColumn(
                name: "QnaModerated",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "EndedAt",
                table: "AgendaSessions");

            migrationBuilder.DropColumn(
                name: "StartedAt",
                table: "AgendaSessions");
        }
    }
}
