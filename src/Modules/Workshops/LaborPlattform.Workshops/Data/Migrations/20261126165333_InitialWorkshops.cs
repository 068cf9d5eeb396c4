using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace LaborPlattform.Workshops.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialWorkshops : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "workshops_audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workshops_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workshops_formats",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workshops_formats", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "workshops_workshops",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LabId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Methods = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecurrenceRule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Exceptions = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    OrganiserIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FacilitatorIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    Registration = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AccessibilityNotes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IndicatorFigure = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    venue_accessible_toilet = table.Column<bool>(type: "INTEGER", nullable: true),
                    venue_city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    venue_hearing_loop = table.Column<bool>(type: "INTEGER", nullable: true),
                    venue_kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    venue_municipality_key = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    venue_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    venue_online_url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    venue_organisation_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    venue_postal_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    venue_step_free_access = table.Column<bool>(type: "INTEGER", nullable: true),
                    venue_street = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workshops_workshops", x => x.Id);
                    table.ForeignKey(
                        name: "FK_workshops_workshops_workshops_formats_Format",
                        column: x => x.Format,
                        principalTable: "workshops_formats",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "workshops_occurrences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkshopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LabId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccursOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlannedStartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PlannedEndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 64000, nullable: true),
                    OutcomeLoggedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ContributedSubProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContributedIndicatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContributedValue = table.Column<int>(type: "INTEGER", nullable: true),
                    ContributionProblem = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workshops_occurrences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_workshops_occurrences_workshops_workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "workshops_workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "workshops_formats",
                columns: new[] { "Key", "IsActive", "Name", "Position", "Version" },
                values: new object[,]
                {
                    { "CitizenDialogue", true, "Bürgerdialog", 60, 1 },
                    { "CoCreationWorkshop", true, "Co-Creation-Workshop", 10, 1 },
                    { "ConsultationHour", true, "Sprechstunde", 30, 1 },
                    { "Course", true, "Kurs", 20, 1 },
                    { "Hackathon", true, "Hackathon", 50, 1 },
                    { "NetworkMeeting", true, "Netzwerktreffen", 80, 1 },
                    { "Seminar", true, "Seminar", 70, 1 },
                    { "Talk", true, "Vortrag", 40, 1 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_workshops_audit_entries_At",
                table: "workshops_audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_workshops_audit_entries_EntityType_EntityId",
                table: "workshops_audit_entries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_workshops_formats_Name",
                table: "workshops_formats",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workshops_occurrences_LabId_StartsAt",
                table: "workshops_occurrences",
                columns: new[] { "LabId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_workshops_occurrences_StartsAt",
                table: "workshops_occurrences",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_workshops_occurrences_WorkshopId_OccursOn",
                table: "workshops_occurrences",
                columns: new[] { "WorkshopId", "OccursOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workshops_workshops_Format",
                table: "workshops_workshops",
                column: "Format");

            migrationBuilder.CreateIndex(
                name: "IX_workshops_workshops_LabId",
                table: "workshops_workshops",
                column: "LabId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "workshops_audit_entries");

            migrationBuilder.DropTable(
                name: "workshops_occurrences");

            migrationBuilder.DropTable(
                name: "workshops_workshops");

            migrationBuilder.DropTable(
                name: "workshops_formats");
        }
    }
}
