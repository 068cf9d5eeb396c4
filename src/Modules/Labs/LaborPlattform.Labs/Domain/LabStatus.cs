namespace LaborPlattform.Labs.Domain;

internal enum LabStatus
{
    Active = 1,
    Finished = 2,
    Archived = 3,
}
