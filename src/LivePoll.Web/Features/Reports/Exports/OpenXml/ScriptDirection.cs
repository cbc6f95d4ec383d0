namespace LivePoll.Web.Features.Reports.Exports.OpenXml;

/// <summary>
/// The direction of a piece of text as Unicode's rule for a paragraph decides it: by its first strong letter. Office
/// files need it said explicitly (HTML has dir="auto"), or an Arabic sentence is set left to right with its full stop
/// on the wrong side.
/// </summary>
internal static class ScriptDirection
{
    public static bool IsRightToLeft(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                return true;
            }
            if (char.IsLetter(c))
            {
                return false;
            }
        }
        return false;
    }
}
