namespace LaborPlattform.Labs.Domain;

internal enum ConsortiumRole
{
    Lead = 1,
    Partner = 2,
}
