namespace LaborPlattform.Labs.Domain;

internal enum MunicipalityKind
{
    County = 1,
    City = 2,
    Municipality = 3,
    CityState = 4,
}
