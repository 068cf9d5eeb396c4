using LaborPlattform.Reporting.Tests;
using Xunit;

// One platform (on its own temporary SQLite file and job store) for most tests of this assembly; tests make their own labs.
[assembly: AssemblyFixture(typeof(ReportingPlatform))]
