namespace LivePoll.Domain.Results;

/// <summary>
/// Words too common to say anything in a word cloud, per event language, by one policy for every language: articles,
/// pronouns and possessives, auxiliary and modal verbs, conjunctions, negations, intensifiers, particles and the simplest
/// prepositions (of, to, in, on, at, by, for, with, from). Words are compared as <see cref="WordCounter"/> normalises them
/// (so the Russian list writes е for ё). Words that carry a relation — between, without, against, before,
/// after, until — stay in the cloud in every language. An answer whose language is unknown is filtered with all lists
/// together.
/// </summary>
public static class StopWords
{
    private static readonly Dictionary<string, HashSet<string>> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = Set("a an and are as at be been but by can do for from has have how i if in into is it its more most "
            + "my no not of on or our so than that the their them there these they this to too us was we were what when "
            + "which who will with you your all also any should would could"),
        ["fr"] = Set("a au aux avec ce ces cet cette d dans de des du elle en est et être eux il ils je l la le les leur "
            + "leurs lui m ma mais me mes moi mon n ne nos notre nous on ou où par pas plus pour qu que qui s sa se "
            + "ses son sur t ta te tes toi ton tu un une vos votre vous y c j été sont très"),
        ["es"] = Set("a al algo con de del el ella ellas ellos en es esa ese eso esta este esto hay la las le les "
            + "lo los más me mi mis muy no nos o para pero por que se sobre su sus también te tu tus un una uno unos "
            + "y ya yo son está"),
        ["ar"] = Set("في من على إلى عن مع هذا هذه ذلك التي الذي الذين هو هي هم أن إن كان كانت لا ما لم لن قد و أو ثم "
            + "كل عند إذا أي"),
        ["zh"] = Set("的 地 得 了 着 过 和 与 及 以及 或 或者 而 并 并且 但 但是 也 都 就 还 在 是 有 没有 不 没 很 更 最 太 非常 "
            + "我 我们 你 你们 他 她 它 他们 她们 这 那 这个 那个 这些 那些 其 之 于 对 把 被 从 给 向 为 为了 以 由 要 会 能 "
            + "可以 应该 应当 需要 让 使 吗 呢 吧 啊 一个 个 等"),
        ["ru"] = Set("и а но или да не ни в во на с со к ко о об от до по за из у при для это этот эта эти "
            + "тот та те то я мы ты вы он она оно они мой моя мои наш наша наши ваш ваша ваши его ее их свой своя свои "
            + "быть есть был была были будет нужно надо можно должны очень более самый как что чтобы который которая "
            + "которые же ли бы все также тоже"),
    };

    private static readonly HashSet<string> AllLanguages = [.. ByLanguage.Values.SelectMany(words => words)];

    public static bool IsStopWord(string lowerCaseWord, string? language) =>
        (language is not null && ByLanguage.TryGetValue(Primary(language), out var words) ? words : AllLanguages).Contains(lowerCaseWord);

    /// <summary>"fr-CA" → "fr".</summary>
    private static string Primary(string language) => language.Split('-', 2)[0];

    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
