using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LaborPlattform.Projects.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "projects_audit_entries",
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
                    table.PrimaryKey("PK_projects_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "projects_lab_settings",
                columns: table => new
                {
                    LabId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMayPostProgressUpdates = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_lab_settings", x => x.LabId);
                });

            migrationBuilder.CreateTable(
                name: "projects_sub_projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LabId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    InternalNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TargetGroupLines = table.Column<string>(type: "TEXT", maxLength: 2600, nullable: false),
                    Principles = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlannedEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublicSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadOnlySince = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_sub_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "projects_indicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Baseline = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_projects_indicators_projects_sub_projects_SubProjectId",
                        column: x => x.SubProjectId,
                        principalTable: "projects_sub_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "projects_lessons_learned",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WhatWorked = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WhatDidNotWork = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AdviceForOthers = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_lessons_learned", x => x.Id);
                    table.ForeignKey(
                        name: "FK_projects_lessons_learned_projects_sub_projects_SubProjectId",
                        column: x => x.SubProjectId,
                        principalTable: "projects_sub_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "projects_milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_projects_milestones_projects_sub_projects_SubProjectId",
                        column: x => x.SubProjectId,
                        principalTable: "projects_sub_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "projects_progress_updates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PercentComplete = table.Column<int>(type: "INTEGER", nullable: false),
                    TrafficLight = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_progress_updates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_projects_progress_updates_projects_sub_projects_SubProjectId",
                        column: x => x.SubProjectId,
                        principalTable: "projects_sub_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "projects_status_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ChangedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_status_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_projects_status_changes_projects_sub_projects_SubProjectId",
                        column: x => x.SubProjectId,
                        principalTable: "projects_sub_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "projects_sub_project_municipalities",
                columns: table => new
                {
                    SubProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityKey = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_sub_project_municipalities", x => new { x.SubProjectId, x.MunicipalityKey });
                    table.ForeignKey(
                        name: "FK_projects_sub_project_municipalities_projects_sub_projects_SubProjectId",
                        column: x => x.SubProjectId,
                        principalTable: "projects_sub_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "projects_sub_project_organisations",
                columns: table => new
                {
                    SubProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_sub_project_organisations", x => new { x.SubProjectId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_projects_sub_project_organisations_projects_sub_projects_SubProjectId",
                        column: x => x.SubProjectId,
                        principalTable: "projects_sub_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "projects_sub_project_themes",
                columns: table => new
                {
                    SubProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThemeId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_sub_project_themes", x => new { x.SubProjectId, x.ThemeId });
                    table.ForeignKey(
                        name: "FK_projects_sub_project_themes_projects_sub_projects_SubProjectId",
                        column: x => x.SubProjectId,
                        principalTable: "projects_sub_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "projects_transfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityKey = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 8, nullable: false),
                    MunicipalityName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_transfers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_projects_transfers_projects_sub_projects_SubProjectId",
                        column: x => x.SubProjectId,
                        principalTable: "projects_sub_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "projects_indicator_values",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasuredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects_indicator_values", x => x.Id);
                    table.ForeignKey(
                        name: "FK_projects_indicator_values_projects_indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "projects_indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_projects_audit_entries_At",
                table: "projects_audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_projects_audit_entries_EntityType_EntityId",
                table: "projects_audit_entries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_projects_indicator_values_IndicatorId_MeasuredOn",
                table: "projects_indicator_values",
                columns: new[] { "IndicatorId", "MeasuredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_projects_indicator_values_IndicatorId_SourceKey",
                table: "projects_indicator_values",
                columns: new[] { "IndicatorId", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_projects_indicators_SubProjectId",
                table: "projects_indicators",
                column: "SubProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_projects_lessons_learned_SubProjectId",
                table: "projects_lessons_learned",
                column: "SubProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_projects_milestones_SubProjectId_DueDate",
                table: "projects_milestones",
                columns: new[] { "SubProjectId", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_projects_progress_updates_SubProjectId_ReportedOn",
                table: "projects_progress_updates",
                columns: new[] { "SubProjectId", "ReportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_projects_status_changes_SubProjectId_Sequence",
                table: "projects_status_changes",
                columns: new[] { "SubProjectId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_projects_sub_project_themes_ThemeId",
                table: "projects_sub_project_themes",
                column: "ThemeId");

            migrationBuilder.CreateIndex(
                name: "IX_projects_sub_projects_LabId",
                table: "projects_sub_projects",
                column: "LabId");

            migrationBuilder.CreateIndex(
                name: "IX_projects_transfers_SubProjectId_MunicipalityKey",
                table: "projects_transfers",
                columns: new[] { "SubProjectId", "MunicipalityKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "projects_audit_entries");

            migrationBuilder.DropTable(
                name: "projects_indicator_values");

            migrationBuilder.DropTable(
                name: "projects_lab_settings");

            migrationBuilder.DropTable(
                name: "projects_lessons_learned");

            migrationBuilder.DropTable(
                name: "projects_milestones");

            migrationBuilder.DropTable(
                name: "projects_progress_updates");

            migrationBuilder.DropTable(
                name: "projects_status_changes");

            migrationBuilder.DropTable(
                name: "projects_sub_project_municipalities");

            migrationBuilder.DropTable(
                name: "projects_sub_project_organisations");

            migrationBuilder.DropTable(
                name: "projects_sub_project_themes");

            migrationBuilder.DropTable(
                name: "projects_transfers");

            migrationBuilder.DropTable(
                name: "projects_indicators");

            migrationBuilder.DropTable(
                name: "projects_sub_projects");
        }
    }
}
