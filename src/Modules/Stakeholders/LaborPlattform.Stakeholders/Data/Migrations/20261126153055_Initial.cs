using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LaborPlattform.Stakeholders.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "stakeholders_audit_entries",
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
                    table.PrimaryKey("PK_stakeholders_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stakeholders_networks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LabId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stakeholders_networks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stakeholders_organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Street = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    MunicipalityKey = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 8, nullable: false),
                    Website = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HasPublicPremises = table.Column<bool>(type: "INTEGER", nullable: false),
                    StepFreeAccess = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessibleToilet = table.Column<bool>(type: "INTEGER", nullable: false),
                    HearingLoop = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stakeholders_organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stakeholders_contact_persons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Function = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PreferredChannel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BasisDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stakeholders_contact_persons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_stakeholders_contact_persons_stakeholders_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "stakeholders_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stakeholders_involvements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LabId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stakeholders_involvements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_stakeholders_involvements_stakeholders_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "stakeholders_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stakeholders_memberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stakeholders_memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_stakeholders_memberships_stakeholders_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "stakeholders_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_stakeholders_memberships_stakeholders_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "stakeholders_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stakeholders_support_offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LabId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    VenueId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Schedule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Recurrence = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    IsFree = table.Column<bool>(type: "INTEGER", nullable: false),
                    Fee = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: true),
                    ContactChannel = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stakeholders_support_offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_stakeholders_support_offers_stakeholders_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "stakeholders_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_stakeholders_support_offers_stakeholders_organisations_VenueId",
                        column: x => x.VenueId,
                        principalTable: "stakeholders_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_stakeholders_audit_entries_At",
                table: "stakeholders_audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_stakeholders_audit_entries_EntityType_EntityId",
                table: "stakeholders_audit_entries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_stakeholders_contact_persons_OrganisationId",
                table: "stakeholders_contact_persons",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_stakeholders_involvements_LabId",
                table: "stakeholders_involvements",
                column: "LabId");

            migrationBuilder.CreateIndex(
                name: "IX_stakeholders_involvements_OrganisationId_LabId_Role",
                table: "stakeholders_involvements",
                columns: new[] { "OrganisationId", "LabId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stakeholders_memberships_NetworkId",
                table: "stakeholders_memberships",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_stakeholders_memberships_OrganisationId",
                table: "stakeholders_memberships",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_stakeholders_networks_LabId_Name",
                table: "stakeholders_networks",
                columns: new[] { "LabId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stakeholders_organisations_MunicipalityKey",
                table: "stakeholders_organisations",
                column: "MunicipalityKey");

            migrationBuilder.CreateIndex(
                name: "IX_stakeholders_organisations_NormalizedName",
                table: "stakeholders_organisations",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stakeholders_support_offers_LabId_Published",
                table: "stakeholders_support_offers",
                columns: new[] { "LabId", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_stakeholders_support_offers_OrganisationId",
                table: "stakeholders_support_offers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_stakeholders_support_offers_VenueId",
                table: "stakeholders_support_offers",
                column: "VenueId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "stakeholders_audit_entries");

            migrationBuilder.DropTable(
                name: "stakeholders_contact_persons");

            migrationBuilder.DropTable(
                name: "stakeholders_involvements");

            migrationBuilder.DropTable(
                name: "stakeholders_memberships");

            migrationBuilder.DropTable(
                name: "stakeholders_support_offers");

            migrationBuilder.DropTable(
                name: "stakeholders_networks");

            migrationBuilder.DropTable(
                name: "stakeholders_organisations");
        }
    }
}
