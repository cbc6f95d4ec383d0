namespace LivePoll.Domain;

/// <summary>Something with a place in an ordered list (sessions in an agenda, questions in a session, options).</summary>
public interface IOrdered
{
    int Order { get; set; }
}

public static class OrderedExtensions
{
    /// <summary>Numbers the items 0, 1, 2… in the sequence given.</summary>
    public static void AssignOrder<T>(this IEnumerable<T> items) where T : IOrdered
    {
        var order = 0;
        foreach (var item in items.ToList())
        {
            item.Order = order++;
        }
    }

    /// <summary>Moves an item by <paramref name="offset"/> places (clamped) and renumbers the list.</summary>
    public static void Move<T>(this IEnumerable<T> items, T item, int offset) where T : IOrdered
    {
        var ordered = items.OrderBy(i => i.Order).ToList();
        var index = ordered.IndexOf(item);
        ordered.RemoveAt(index);
        ordered.Insert(Math.Clamp(index + offset, 0, ordered.Count), item);
        ordered.AssignOrder();
    }

    public static int NextOrder<T>(this IReadOnlyCollection<T> items) where T : IOrdered =>
        items.Count == 0 ? 0 : items.Max(i => i.Order) + 1;
}
