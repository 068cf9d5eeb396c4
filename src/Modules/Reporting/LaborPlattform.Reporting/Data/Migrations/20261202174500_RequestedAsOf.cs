using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LaborPlattform.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class RequestedAsOf : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RequestedAsOf",
                table: "reporting_reports",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RequestedAsOf",
                table: "reporting_reports");
        }
    }
}
