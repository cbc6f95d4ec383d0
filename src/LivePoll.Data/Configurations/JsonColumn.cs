using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LivePoll.Data.Configurations;

/// <summary>Stores a small dictionary (e.g. translations by language) as one JSON text column.</summary>
internal static class JsonColumn
{
    public static PropertyBuilder<Dictionary<string, T>> HasJsonConversion<T>(this PropertyBuilder<Dictionary<string, T>> property) =>
        property.HasConversion(
            value => JsonSerializer.Serialize(value, JsonSerializerOptions.Default),
            text => JsonSerializer.Deserialize<Dictionary<string, T>>(text, JsonSerializerOptions.Default) ?? new(),
            new ValueComparer<Dictionary<string, T>>(
                (a, b) => JsonSerializer.Serialize(a, JsonSerializerOptions.Default) == JsonSerializer.Serialize(b, JsonSerializerOptions.Default),
                value => JsonSerializer.Serialize(value, JsonSerializerOptions.Default).GetHashCode(StringComparison.Ordinal),
                value => new Dictionary<string, T>(value)))
            .IsRequired();
}
