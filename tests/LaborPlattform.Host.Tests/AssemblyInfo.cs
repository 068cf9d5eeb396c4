using LaborPlattform.Testing;
using Xunit;

[assembly: AssemblyFixture(typeof(PlatformFactory))]
