using A = DocumentFormat.OpenXml.Drawing;

namespace LivePoll.Web.Features.Reports.Exports.OpenXml;

/// <summary>The plain theme every presentation needs: the card colours as accents and the report's fonts.</summary>
internal static class SlideTheme
{
    public static A.Theme Create() => new(
        new A.ThemeElements(
            new A.ColorScheme(
                new A.Dark1Color(new A.RgbColorModelHex { Val = "1F2933" }),
                new A.Light1Color(new A.RgbColorModelHex { Val = "FFFFFF" }),
                new A.Dark2Color(new A.RgbColorModelHex { Val = "37474F" }),
                new A.Light2Color(new A.RgbColorModelHex { Val = "ECEFF1" }),
                new A.Accent1Color(new A.RgbColorModelHex { Val = "1565C0" }),
                new A.Accent2Color(new A.RgbColorModelHex { Val = "2E7D32" }),
                new A.Accent3Color(new A.RgbColorModelHex { Val = "F9A825" }),
                new A.Accent4Color(new A.RgbColorModelHex { Val = "C62828" }),
                new A.Accent5Color(new A.RgbColorModelHex { Val = "6A1B9A" }),
                new A.Accent6Color(new A.RgbColorModelHex { Val = "00838F" }),
                new A.Hyperlink(new A.RgbColorModelHex { Val = "1565C0" }),
                new A.FollowedHyperlinkColor(new A.RgbColorModelHex { Val = "6A1B9A" }))
            { Name = "LivePoll" },
            new A.FontScheme(Fonts<A.MajorFont>(), Fonts<A.MinorFont>()) { Name = "LivePoll" },
            new A.FormatScheme(
                new A.FillStyleList(Solid(), Solid(), Solid()),
                new A.LineStyleList(Line(), Line(), Line()),
                new A.EffectStyleList(Effect(), Effect(), Effect()),
                new A.BackgroundFillStyleList(Solid(), Solid(), Solid()))
            { Name = "LivePoll" }),
        new A.ObjectDefaults(),
        new A.ExtraColorSchemeList())
    { Name = "LivePoll" };

    private static T Fonts<T>() where T : DocumentFormat.OpenXml.OpenXmlCompositeElement, new()
    {
        var fonts = new T();
        fonts.Append(
            new A.LatinFont { Typeface = ReportFonts.Sans },
            new A.EastAsianFont { Typeface = ReportFonts.EastAsian },
            new A.ComplexScriptFont { Typeface = ReportFonts.ComplexScript });
        return fonts;
    }

    private static A.SolidFill Solid() => new(new A.SchemeColor { Val = A.SchemeColorValues.PhColor });

    private static A.Outline Line() => new(Solid()) { Width = 9525 };

    private static A.EffectStyle Effect() => new(new A.EffectList());
}
