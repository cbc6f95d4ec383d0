using System.Globalization;

namespace LivePoll.Web.Components.Shared;

/// <summary>WCAG 2 contrast between two colours written as <c>#rrggbb</c>.</summary>
internal static class Contrast
{
    /// <summary>What normal-size text needs to be read (WCAG AA).</summary>
    public const double Readable = 4.5;

    public static double Ratio(string foreground, string background)
    {
        var (lighter, darker) = (Luminance(foreground), Luminance(background)) is var (a, b) && a > b ? (a, b) : (b, a);
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var value = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.03928 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }
        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
