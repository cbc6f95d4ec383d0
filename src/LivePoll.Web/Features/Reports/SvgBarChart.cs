using System.Globalization;
using LivePoll.Domain.Questions;
using LivePoll.Web.Components.Shared;
using LivePoll.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.Localization;

namespace LivePoll.Web.Features.Reports;

/// <summary>
/// A chart drawn on the server as SVG: it prints, needs no script, and the HTML and PDF reports carry it inside.
/// Each bar: its name above, phone votes solid, cards lighter and outlined, its count (and split) after it.
/// (Written as a render tree because Razor reserves the SVG &lt;text&gt; element.)
/// </summary>
public sealed class SvgBarChart : ComponentBase
{
    private const int Width = 640;
    private const int BarWidth = 440;
    private const int RowHeight = 44;

    [Parameter, EditorRequired] public IReadOnlyList<ChartBar> Bars { get; set; } = [];

    [Inject] private IStringLocalizer<StaffText> L { get; set; } = default!;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        var max = Math.Max(1, Bars.Max(b => b.Value));
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", "report-chart");
        builder.AddAttribute(2, "viewBox", $"0 0 {Width} {(Bars.Count * RowHeight) + 8}");
        builder.AddAttribute(3, "width", "100%");
        builder.AddAttribute(4, "role", "img");
        builder.AddAttribute(5, "aria-label", string.Join("; ", Bars.Select(bar => bar.Described(PhonesAndCards))));
        builder.AddAttribute(6, "xmlns", "http://www.w3.org/2000/svg");
        foreach (var (bar, index) in Bars.Select((b, i) => (b, i)))
        {
            var y = index * RowHeight;
            var phoneWidth = (double)BarWidth * bar.Phone / max;
            var cardWidth = (double)BarWidth * bar.Cards / max;
            var colour = CardColour.ToHex(bar.Colour);
            Text(builder, 0, y + 14, 13, bar.Text);
            Rect(builder, 0, y + 20, phoneWidth, colour, cards: false);
            if (bar.Cards > 0)
            {
                Rect(builder, phoneWidth, y + 20, cardWidth, colour, cards: true);
            }
            Text(builder, phoneWidth + cardWidth + 6, y + 33, 12, bar.Count(PhonesAndCards));
        }
        builder.CloseElement();
    }

    private string PhonesAndCards(int phones, int cards) => L["NPhonesNCards", phones, cards];

    private static void Text(RenderTreeBuilder builder, double x, double y, int size, string content)
    {
        builder.OpenElement(10, "text");
        builder.AddAttribute(11, "x", Px(x));
        builder.AddAttribute(12, "y", Px(y));
        builder.AddAttribute(13, "font-size", size);
        builder.AddAttribute(14, "fill", "#222");
        builder.AddContent(15, content);
        builder.CloseElement();
    }

    private static void Rect(RenderTreeBuilder builder, double x, double y, double width, string colour, bool cards)
    {
        builder.OpenElement(20, "rect");
        builder.AddAttribute(21, "x", Px(x));
        builder.AddAttribute(22, "y", Px(y));
        builder.AddAttribute(23, "width", Px(width));
        builder.AddAttribute(24, "height", 16);
        builder.AddAttribute(25, "fill", colour);
        if (cards)
        {
            builder.AddAttribute(26, "fill-opacity", "0.4");
            builder.AddAttribute(27, "stroke", colour);
        }
        builder.CloseElement();
    }

    private static string Px(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
