using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LaborPlattform.Shared.Persistence;

/// <summary>
/// Stores instants as UTC <see cref="DateTime"/> values. SQLite cannot order or compare
/// <see cref="DateTimeOffset"/> in SQL; UTC date-times sort correctly and stay provider-neutral.
/// </summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
    v => v.UtcDateTime,
    v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
