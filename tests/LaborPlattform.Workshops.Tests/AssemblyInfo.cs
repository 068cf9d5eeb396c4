using LaborPlattform.Testing;
using Xunit;

// One platform (on its own temporary SQLite file) for all tests of this assembly; tests make their own labs, venues and events.
[assembly: AssemblyFixture(typeof(PlatformFactory))]
