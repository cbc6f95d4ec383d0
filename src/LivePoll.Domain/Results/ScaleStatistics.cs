namespace LivePoll.Domain.Results;

public sealed record ValueCount(int Value, int Count);

/// <summary>Mean, median and the count of every value of a rating scale (values nobody chose count 0).</summary>
public sealed record ScaleStatistics(double? Mean, double? Median, IReadOnlyList<ValueCount> Distribution)
{
    public static ScaleStatistics From(int min, int max, IReadOnlyDictionary<int, int> counts)
    {
        var distribution = Enumerable.Range(min, Math.Max(0, max - min + 1))
            .Select(v => new ValueCount(v, Math.Max(0, counts.GetValueOrDefault(v))))
            .ToList();
        var total = distribution.Sum(d => d.Count);
        if (total == 0)
        {
            return new ScaleStatistics(null, null, distribution);
        }
        var mean = distribution.Sum(d => (double)d.Value * d.Count) / total;
        // Median: the middle value, or the mean of the two middle values of an even count.
        var median = total % 2 == 1
            ? ValueAt(distribution, total / 2)
            : (ValueAt(distribution, (total / 2) - 1) + ValueAt(distribution, total / 2)) / 2.0;
        return new ScaleStatistics(mean, median, distribution);
    }

    /// <summary>The value at 0-based position <paramref name="index"/> of all votes sorted ascending.</summary>
    private static int ValueAt(List<ValueCount> distribution, int index)
    {
        foreach (var entry in distribution)
        {
            if (index < entry.Count)
            {
                return entry.Value;
            }
            index -= entry.Count;
        }
        throw new ArgumentOutOfRangeException(nameof(index));
    }
}
