using System.Globalization;

namespace LivePoll.Domain.Questions;

public static class ScaleSteps
{
    /// <summary>"1 · Not ready" at a labelled end of a rating scale, the plain number elsewhere.</summary>
    public static string Label(int value, int? min, int? max, string? minLabel, string? maxLabel) =>
        value == min && minLabel is not null ? $"{value} · {minLabel}"
        : value == max && maxLabel is not null ? $"{value} · {maxLabel}"
        : value.ToString(CultureInfo.InvariantCulture);
}
