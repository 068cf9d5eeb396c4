using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace LaborPlattform.Labs.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "labs_audit_entries",
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
                    table.PrimaryKey("PK_labs_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "labs_programmes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    StartYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EndYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_labs_programmes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "labs_themes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_labs_themes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "labs_labs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ShortDescription = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FederalStateCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FundingStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FundingEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ArchivedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_labs_labs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_labs_labs_labs_programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "labs_programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "labs_lab_themes",
                columns: table => new
                {
                    LabId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThemeId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_labs_lab_themes", x => new { x.LabId, x.ThemeId });
                    table.ForeignKey(
                        name: "FK_labs_lab_themes_labs_labs_LabId",
                        column: x => x.LabId,
                        principalTable: "labs_labs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_labs_lab_themes_labs_themes_ThemeId",
                        column: x => x.ThemeId,
                        principalTable: "labs_themes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "labs_member_municipalities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LabId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_labs_member_municipalities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_labs_member_municipalities_labs_labs_LabId",
                        column: x => x.LabId,
                        principalTable: "labs_labs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "labs_partner_universities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LabId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_labs_partner_universities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_labs_partner_universities_labs_labs_LabId",
                        column: x => x.LabId,
                        principalTable: "labs_labs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "labs_teaching_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UniversityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Course = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_labs_teaching_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_labs_teaching_links_labs_partner_universities_UniversityId",
                        column: x => x.UniversityId,
                        principalTable: "labs_partner_universities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "labs_programmes",
                columns: new[] { "Id", "Description", "EndYear", "Name", "StartYear", "Version" },
                values: new object[,]
                {
                    { new Guid("0199a1f0-0000-7000-8000-000000000001"), "Initiative des Bundesministeriums des Innern mit den kommunalen Spitzenverbänden: Laborkonsortien erproben Öffnungsprozesse zwischen Politik, Verwaltung und Zivilgesellschaft.", null, "Regionale Open Government Labore", 2020, 1 },
                    { new Guid("0199a1f0-0000-7000-8000-000000000002"), "Vorgängerprogramm des Bundesministeriums des Innern und für Heimat mit den kommunalen Spitzenverbänden.", 2019, "Open Government Modellkommunen", 2017, 1 }
                });

            migrationBuilder.InsertData(
                table: "labs_themes",
                columns: new[] { "Id", "Key", "Name" },
                values: new object[,]
                {
                    { new Guid("0199a1f0-0000-7000-8000-000000000101"), "energy-transition", "Energiewende" },
                    { new Guid("0199a1f0-0000-7000-8000-000000000102"), "digital-participation", "Digitale Teilhabe" },
                    { new Guid("0199a1f0-0000-7000-8000-000000000103"), "democracy", "Demokratieentwicklung" },
                    { new Guid("0199a1f0-0000-7000-8000-000000000104"), "digitalisation", "Digitalisierung" },
                    { new Guid("0199a1f0-0000-7000-8000-000000000105"), "cutting-red-tape", "Bürokratieabbau" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_labs_audit_entries_At",
                table: "labs_audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_labs_audit_entries_EntityType_EntityId",
                table: "labs_audit_entries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_labs_lab_themes_ThemeId",
                table: "labs_lab_themes",
                column: "ThemeId");

            migrationBuilder.CreateIndex(
                name: "IX_labs_labs_Name",
                table: "labs_labs",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_labs_labs_ProgrammeId",
                table: "labs_labs",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_labs_labs_Slug",
                table: "labs_labs",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_labs_member_municipalities_LabId_Key",
                table: "labs_member_municipalities",
                columns: new[] { "LabId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_labs_partner_universities_LabId",
                table: "labs_partner_universities",
                column: "LabId");

            migrationBuilder.CreateIndex(
                name: "IX_labs_programmes_Name",
                table: "labs_programmes",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_labs_teaching_links_UniversityId",
                table: "labs_teaching_links",
                column: "UniversityId");

            migrationBuilder.CreateIndex(
                name: "IX_labs_themes_Key",
                table: "labs_themes",
                column: "Key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "labs_audit_entries");

            migrationBuilder.DropTable(
                name: "labs_lab_themes");

            migrationBuilder.DropTable(
                name: "labs_member_municipalities");

            migrationBuilder.DropTable(
                name: "labs_teaching_links");

            migrationBuilder.DropTable(
                name: "labs_themes");

            migrationBuilder.DropTable(
                name: "labs_partner_universities");

            migrationBuilder.DropTable(
                name: "labs_labs");

            migrationBuilder.DropTable(
                name: "labs_programmes");
        }
    }
}
