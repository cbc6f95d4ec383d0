using System.Text.RegularExpressions;
using System.Xml.Linq;
using LivePoll.Web.Localization;

namespace LivePoll.Web.Tests;

/// <summary>
/// Every text of the interface exists in the six UN languages, with the same placeholders, and
/// no page writes a user-facing text past the localizer.
/// </summary>
public sealed partial class LocalizationTests
{
    private static readonly string Root = FindRepositoryRoot();
    private static readonly string Localization = Path.Combine(Root, "src", "LivePoll.Web", "Localization");
    private static readonly string[] Translations = [.. UiLanguage.All.Skip(1)];

    public static TheoryData<string> Resources => ["AudienceText", "StaffText"];

    [Theory]
    [MemberData(nameof(Resources))]
    public void Every_key_is_translated_into_every_language_with_the_same_placeholders(string resource)
    {
        var english = Read(resource, null);
        Assert.NotEmpty(english);
        // resource names are compared without case when compiled: "Sign in" and "sign in" would lose one
        Assert.Equal(english.Count, english.Keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var language in Translations)
        {
            var translated = Read(resource, language);
            Assert.Empty(english.Keys.Except(translated.Keys));
            Assert.Empty(translated.Keys.Except(english.Keys));
            foreach (var (key, text) in translated)
            {
                Assert.False(string.IsNullOrWhiteSpace(text), $"{resource}.{language}: \"{key}\" is empty");
                Assert.True(Placeholders(english[key]).SetEquals(Placeholders(text)), $"{resource}.{language}: \"{text}\" does not use the placeholders of \"{english[key]}\"");
            }
        }
    }

    [Fact]
    public void English_texts_for_the_api_are_looked_up_in_both_resources_and_a_message_that_is_no_key_stays_as_it_is()
    {
        Assert.Equal("Choose at most 3 options.", EnglishText.Of(new LivePoll.Domain.Refusal("ChooseMostNOptions", 3)));
        Assert.Equal("Enter a title.", EnglishText.Of("EnterATitle"));
        Assert.Equal("sessions[0] has {braces} and is no key", EnglishText.Of("sessions[0] has {braces} and is no key"));
    }

    [Fact]
    public void The_phone_script_gets_exactly_the_texts_it_shows_and_each_is_an_audience_key()
    {
        var script = string.Join('\n', Directory.GetFiles(Path.Combine(Root, "wwwroot-assets", "src", "phone"), "*.js").Select(File.ReadAllText));
        var keys = Read("AudienceText", null).Keys.ToHashSet();
        var used = ScriptText().Matches(script).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.True(used.Count > 20, $"only {used.Count} texts found: the pattern no longer matches the script");
        var unknown = used.Where(k => !keys.Contains(k)).ToList();
        Assert.Empty(unknown);
        Assert.True(used.SetEquals(PhoneScriptTexts.Keys), "PhoneScriptTexts.Keys must list the script's t(\"…\") texts");
        // a text passed as a variable would be missed by the page: t( is always followed by the quoted text
        Assert.Empty(NonLiteralText().Matches(script));
    }

    [Fact]
    public void Every_text_a_page_asks_for_is_a_key_of_its_resource()
    {
        var staff = Read("StaffText", null).Keys.ToHashSet();
        var audience = Read("AudienceText", null).Keys.ToHashSet();
        var missing = new List<string>();
        foreach (var file in RazorFiles())
        {
            var source = File.ReadAllText(file);
            missing.AddRange(StaffLookup().Matches(source).Select(m => m.Groups[1].Value).Where(k => !staff.Contains(k)).Select(k => $"{Path.GetFileName(file)}: {k}"));
            missing.AddRange(AudienceLookup().Matches(source).Select(m => m.Groups[1].Value).Where(k => !audience.Contains(k)).Select(k => $"{Path.GetFileName(file)}: {k}"));
        }
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_rule_or_form_check_a_staff_page_can_meet_is_a_staff_text_so_it_reads_in_the_staff_members_language()
    {
        var staff = Read("StaffText", null).Keys.ToHashSet();
        var messages = Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Concat(RazorFiles())
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => RuleMessage().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();

        Assert.True(messages.Count > 10, $"only {messages.Count} messages found: the pattern no longer matches the sources");
        Assert.DoesNotContain(messages, m => !staff.Contains(m));
    }

    [Fact]
    public void Every_refusal_the_audience_can_meet_is_an_audience_text_so_it_reads_in_the_phones_language()
    {
        var audience = Read("AudienceText", null).Keys.ToHashSet();
        var sources = Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        var refusals = sources
            .SelectMany(source => RefusalText().Matches(source).Select(m => m.Groups[1].Value)
                // a Refusal returned as new("…") where the method's type says so (the domain's rules)
                .Concat(source.Contains("Refusal?", StringComparison.Ordinal) ? TargetTypedNew().Matches(source).Select(m => m.Groups[1].Value) : []))
            .ToHashSet();
        // the constants handed to Refused(…) and the exceptions whose message becomes a refusal
        refusals.UnionWith(sources.SelectMany(source => AudienceConstant().Matches(source).Select(m => m.Groups[1].Value)));

        Assert.True(refusals.Count > 30, $"only {refusals.Count} refusals found: the patterns no longer match the sources");
        var missing = refusals.Where(r => !audience.Contains(r)).ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void No_page_writes_a_user_facing_text_past_the_localizer()
    {
        var found = RazorFiles().SelectMany(HardCodedTexts).ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void The_hard_coded_text_check_finds_a_plain_sentence_and_a_plain_label()
    {
        Assert.Equal(2, Unlocalized("<p>Welcome to the event</p>\n<MudTextField Label=\"Your name\" />").Count());
        Assert.Empty(Unlocalized("<p>@L[\"Welcome\"]</p>\n<MudTextField Label=\"@L[\"Your name\"]\" />\n<p>@item.Text · @item.Votes</p>"));
    }

    /// <summary>Literal words in markup (text between tags, or a label-like attribute) in the markup part of a .razor file.</summary>
    private static IEnumerable<string> HardCodedTexts(string file) =>
        Unlocalized(File.ReadAllText(file)).Select(text => $"{Path.GetRelativePath(Root, file)}: {text}");

    private static IEnumerable<string> Unlocalized(string source)
    {
        var markup = RazorComment().Replace(source.Split("\n@code", 2)[0], "");
        foreach (var line in markup.Split('\n').Select(l => l.Trim()))
        {
            if (line.Length == 0 || CodeLine().IsMatch(line))
            {
                continue;
            }
            // what is left once tags, attributes and Razor expressions are gone is text a person reads
            var text = line;
            for (var before = ""; before != text;)
            {
                before = text;
                text = Expression().Replace(text, " ");
            }
            text = Tag().Replace(Attribute().Replace(text, " "), " ");
            if (Words().IsMatch(text) && !AllowedLiterals.Contains(text.Trim(' ', '.', '>', '·')))
            {
                yield return line;
            }
        }
        foreach (Match attribute in LabelAttribute().Matches(markup))
        {
            yield return attribute.Value;
        }
    }

    /// <summary>Names and technical strings that read the same in every language.</summary>
    private static readonly HashSet<string> AllowedLiterals =
    [
        "LivePoll", "dotnet run --project src/LivePoll.Web --urls http://0.0.0.0:5000", "LivePoll:PublicBaseUrl",
    ];

    private static Dictionary<string, string> Read(string resource, string? language)
    {
        var path = Path.Combine(Localization, language is null ? $"{resource}.resx" : $"{resource}.{language}.resx");
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static IEnumerable<string> RazorFiles() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src", "LivePoll.Web"), "*.razor", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LivePoll.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("LivePoll.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"\bt\(\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex ScriptText();

    [GeneratedRegex(@"\bt\((?!\s*"")")]
    private static partial Regex NonLiteralText();

    [GeneratedRegex(@"\bL\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex StaffLookup();

    [GeneratedRegex(@"(?:\bA\[|\bT\(|\.Text\(|AudienceMessages\.Text\(\w+, )""((?:[^""\\]|\\.)*)""")]
    private static partial Regex AudienceLookup();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?:\bRefusal\(|\bRefused\()\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex RefusalText();

    [GeneratedRegex(@"\bnew\(""((?:[^""\\]|\\.)*)""")]
    private static partial Regex TargetTypedNew();

    [GeneratedRegex(@"(?:const string (?:SlowDown|EventEndedMessage) = |(?:TooManyRequestsException|StorageUnavailableException)\()""((?:[^""\\]|\\.)*)""")]
    private static partial Regex AudienceConstant();

    /// <summary>
    /// The fixed message of a rule, a missing thing or a form field's check, which staff pages show translated
    /// (L[ex.Message], StaffValidationMessage).
    /// </summary>
    [GeneratedRegex(@"(?:DomainRuleException\(|NotFoundException\(|ErrorMessage = )\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex RuleMessage();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    /// <summary>A line of C# in the markup: control flow, braces, local variables, directives.</summary>
    [GeneratedRegex(@"^(?:@?(?:if|else|foreach|for|switch|while|case|default|break|var|return)\b|[{}]|@\{|@(?:using|inject|inherits|implements|typeparam|attribute|page|layout|rendermode)\b|\)\)|[\w.]+\)\)?$|\w+ => |.* switch$)")]
    private static partial Regex CodeLine();

    /// <summary>A tag, whole or the part of it on this line.</summary>
    [GeneratedRegex(@"<!?/?[A-Za-z][^<>]*>|</?[A-Za-z][\w.]*\b[^>]*$|^[^<>]*/?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[@\w:-]+=(?:""[^""]*""|'[^']*'|@\S+)")]
    private static partial Regex Attribute();

    /// <summary>Razor expressions: @L[…], @A[…], @(…), @T(…), @name.member…, inline @if/@foreach headers.</summary>
    [GeneratedRegex(@"@[A-Za-z_]\w*\[(?:[^\[\]]|\[[^\[\]]*\])*\]|@\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)|@(?:if|foreach|for)\s*\((?:[^()]|\([^()]*\))*\)\s*\{?|@[A-Za-z_][\w.?!]*(?:\((?:[^()]|\([^()]*\))*\))?(?:\.\w+(?:\([^()]*\))?)*(?!=)|[{}]")]
    private static partial Regex Expression();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(?:Label|Placeholder|HelperText|Title|title|alt|aria-label|Text)=""(?!@)[^""]*[A-Za-z]{2,}[^""]*""")]
    private static partial Regex LabelAttribute();
}
