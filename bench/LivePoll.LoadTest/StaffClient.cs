using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace LivePoll.LoadTest;

/// <summary>The moderator's side, through the public HTTP API with a bearer token.</summary>
internal sealed class StaffClient : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly string[] CardColours = ["red", "green", "blue", "yellow"];

    private readonly HttpClient _http;

    private StaffClient(HttpClient http) => _http = http;

    public static async Task<StaffClient> SignInAsync(Uri baseUrl, string email, string password, CancellationToken cancellationToken)
    {
        var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.PostAsJsonAsync("/api/auth/login", new { email, password }, Json, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        var login = await response.Content.ReadFromJsonAsync<LoginResponse>(Json, cancellationToken)
            ?? throw new InvalidOperationException("empty sign-in answer");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.AccessToken);
        return new StaffClient(http);
    }

    /// <summary>A fresh event with <paramref name="questionCount"/> single-choice questions of four options.</summary>
    public async Task<EventPayload> CreateEventAsync(int questionCount, CancellationToken cancellationToken, string title = "Load test")
    {
        // four languages, as at the reference event: every push carries each question's translations
        var template = new
        {
            title = $"{title} {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss}",
            languages = new[] { "en", "fr", "es", "ar" },
            sessions = new[]
            {
                new
                {
                    title = "Load test",
                    questions = Enumerable.Range(1, questionCount).Select(n => new
                    {
                        type = "SingleChoice",
                        text = $"Load test question {n}: what can capacity building achieve best for implementation?",
                        visibility = "Hidden",
                        options = CardColours.Select(c => new { text = $"Option {c}", colour = c, translations = Translations($"Option {c}") }),
                        translations = Translations($"Load test question {n}: what can capacity building achieve best for implementation?"),
                    }),
                },
            },
        };
        return await CreateFromTemplateAsync(template, cancellationToken);
    }

    /// <summary>Stand-in translations of the same length as the English (Arabic script for Arabic).</summary>
    private static Dictionary<string, object> Translations(string english) => new()
    {
        ["fr"] = new { text = $"[fr] {english}" },
        ["es"] = new { text = $"[es] {english}" },
        ["ar"] = new { text = new string('ع', english.Length) },
    };

    /// <summary>An event from any template POST /api/events accepts (e.g. the demo event's JSON).</summary>
    public async Task<EventPayload> CreateFromTemplateAsync(object template, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync("/api/events", template, Json, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<EventPayload>(Json, cancellationToken)
            ?? throw new InvalidOperationException("empty event");
    }

    public Task OpenAsync(Guid eventId, Guid questionId, CancellationToken cancellationToken) =>
        PostAsync($"/api/events/{eventId}/questions/{questionId}/open", cancellationToken);

    /// <summary>Opens a question and leaves the others open (many questions answered at once).</summary>
    public Task OpenKeepingOthersAsync(Guid eventId, Guid questionId, CancellationToken cancellationToken) =>
        PostAsync($"/api/events/{eventId}/questions/{questionId}/open?keepOthersOpen=true", cancellationToken);

    /// <summary>Downloads an export as it streams: seconds to the first byte and to the last, bytes, and the lines of a text format.</summary>
    public async Task<(double FirstByteSeconds, double TotalSeconds, long Bytes, long Lines)> DownloadExportAsync(Guid eventId, string format, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        using var response = await _http.GetAsync(new Uri($"/api/events/{eventId}/export/{format}", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[81920];
        double? firstByte = null;
        long bytes = 0, lines = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            firstByte ??= started.Elapsed.TotalSeconds;
            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }
        return (firstByte ?? started.Elapsed.TotalSeconds, started.Elapsed.TotalSeconds, bytes, lines);
    }

    public Task RevealAsync(Guid eventId, Guid questionId, CancellationToken cancellationToken) =>
        PostAsync($"/api/events/{eventId}/questions/{questionId}/reveal", cancellationToken);

    public async Task<QuestionResultsPayload> ResultsAsync(Guid eventId, Guid questionId, CancellationToken cancellationToken)
    {
        var results = await _http.GetFromJsonAsync<EventResultsPayload>($"/api/events/{eventId}/results", Json, cancellationToken)
            ?? throw new InvalidOperationException("empty results");
        return results.Questions.Single(q => q.QuestionId == questionId);
    }

    public async Task<RuntimeStatus> RuntimeAsync(CancellationToken cancellationToken) =>
        await _http.GetFromJsonAsync<RuntimeStatus>("/api/runtime", Json, cancellationToken)
            ?? throw new InvalidOperationException("empty runtime status");

    public void Dispose() => _http.Dispose();

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {body}");
        }
    }

    private async Task PostAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsync(new Uri(path, UriKind.Relative), null, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }
}
