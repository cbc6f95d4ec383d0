namespace LivePoll.Domain.Reports;

/// <summary>
/// Small-cell suppression for breakdowns by group: a count of fewer than <see cref="Threshold"/> people is
/// never shown. When a row or column would have exactly one hidden cell, the smallest other visible cell of
/// that line is hidden too, so the hidden one cannot be worked out from a total.
/// </summary>
public static class SmallCells
{
    public const int Threshold = 5;

    public const string Hidden = "<5";

    public static bool IsSmall(int count) => count < Threshold;

    /// <summary>Which cells of a table of counts (rows × columns) must be shown as "&lt;5".</summary>
    public static bool[,] Suppress(int[,] counts)
    {
        var rows = counts.GetLength(0);
        var columns = counts.GetLength(1);
        var hidden = new bool[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                hidden[r, c] = IsSmall(counts[r, c]);
            }
        }
        bool changed;
        do
        {
            changed = false;
            for (var r = 0; r < rows; r++)
            {
                changed |= HideSecond(counts, hidden, Enumerable.Range(0, columns).Select(c => (r, c)).ToList());
            }
            for (var c = 0; c < columns; c++)
            {
                changed |= HideSecond(counts, hidden, Enumerable.Range(0, rows).Select(r => (r, c)).ToList());
            }
        }
        while (changed);
        return hidden;
    }

    /// <summary>The text of one cell: the count, or "&lt;5".</summary>
    public static string Show(int count, bool hidden) => hidden ? Hidden : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool HideSecond(int[,] counts, bool[,] hidden, List<(int Row, int Column)> line)
    {
        if (line.Count(cell => hidden[cell.Row, cell.Column]) != 1)
        {
            return false;
        }
        var visible = line.Where(cell => !hidden[cell.Row, cell.Column]).ToList();
        if (visible.Count == 0)
        {
            return false;
        }
        var smallest = visible.MinBy(cell => counts[cell.Row, cell.Column]);
        hidden[smallest.Row, smallest.Column] = true;
        return true;
    }
}
