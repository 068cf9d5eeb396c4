using LaborPlattform.Stakeholders.Tests;
using Xunit;

// One platform (on its own temporary SQLite file, with a log recorder) for all tests of this assembly; tests make their own labs.
[assembly: AssemblyFixture(typeof(StakeholdersPlatform))]
