namespace LivePoll.Web.Features.Rehearsal;

/// <summary>
/// Short answers and audience questions a rehearsal room types, in the event's languages, on the themes of a capacity
/// building side event — so the word cloud and the Q&amp;A queue fill with something that reads like a real room.
/// </summary>
internal static class SimulatedTexts
{
    private static readonly Dictionary<string, string[]> Answers = new(StringComparer.Ordinal)
    {
        ["en"] = ["funding", "training", "data", "partnerships", "coordination", "local authorities", "skills", "peer learning", "funding", "trust"],
        ["fr"] = ["financement", "formation", "données", "partenariats", "coordination", "autorités locales", "compétences", "financement", "confiance"],
        ["es"] = ["financiación", "formación", "datos", "alianzas", "coordinación", "autoridades locales", "capacidades", "financiación", "confianza"],
        ["ar"] = ["تمويل", "تدريب", "بيانات", "شراكات", "تنسيق", "السلطات المحلية", "مهارات", "تمويل", "ثقة"],
        ["zh"] = ["资金", "培训", "数据", "伙伴关系", "协调", "地方当局", "技能", "资金", "信任"],
        ["ru"] = ["финансирование", "обучение", "данные", "партнёрства", "координация", "местные власти", "навыки", "финансирование", "доверие"],
    };

    private static readonly Dictionary<string, string[]> Questions = new(StringComparer.Ordinal)
    {
        ["en"] = ["How can smaller countries get access to the capacity-building fund?", "Which indicators will show progress on the Compact?", "How are local authorities involved?", "Will the training material be shared after the event?"],
        ["fr"] = ["Comment les petits pays accèdent-ils au fonds de renforcement des capacités ?", "Quels indicateurs montreront les progrès du Pacte ?", "Comment les autorités locales sont-elles associées ?"],
        ["es"] = ["¿Cómo acceden los países pequeños al fondo de creación de capacidades?", "¿Qué indicadores mostrarán el avance del Pacto?", "¿Cómo participan las autoridades locales?"],
        ["ar"] = ["كيف يمكن للدول الصغيرة الوصول إلى صندوق بناء القدرات؟", "ما المؤشرات التي ستبين التقدم في تنفيذ الميثاق؟", "كيف تشارك السلطات المحلية؟"],
        ["zh"] = ["小国如何获得能力建设基金？", "哪些指标将显示落实契约的进展？", "地方当局如何参与？"],
        ["ru"] = ["Как небольшим странам получить доступ к фонду наращивания потенциала?", "Какие показатели покажут прогресс в осуществлении Договора?", "Как участвуют местные власти?"],
    };

    public static string Answer(string language, Random random) => Pick(Answers, language, random);

    public static string Question(string language, Random random) => Pick(Questions, language, random);

    private static string Pick(Dictionary<string, string[]> texts, string language, Random random)
    {
        var choices = texts.GetValueOrDefault(language) ?? texts["en"];
        return choices[random.Next(choices.Length)];
    }
}
