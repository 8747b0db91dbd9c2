using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using NodaTime;
using NodaTime.Testing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Chromium;
using PolicyKit.Catalogs.Qingdao;

namespace PolicyKit.WebHost.Tests.Browser;

/// <summary>
/// The policy-calculator page driven as a firm would, in headless Chromium on a real Kestrel: pick
/// a district, answer three of the engine's questions, switch to English, download the report. At
/// every step the page must show what the API itself answers for the facts given so far.
/// </summary>
public sealed class CalculatorBrowserTests : IAsyncLifetime, IDisposable
{
    private static readonly LocalDate AsOf = QingdaoCatalogs.SampleAsOf;
    private readonly string _downloads = Directory.CreateTempSubdirectory("policykit-downloads-").FullName;
    private readonly string _profile = Directory.CreateTempSubdirectory("policykit-chromium-").FullName;
    private WebApplication _app = null!;
    private HttpClient _http = null!;
    private ChromeDriver? _browser;

    public async Task InitializeAsync()
    {
        _app = await PolicyApi.StartAsync(kit => kit.AddCatalog(QingdaoCatalogs.Reference), new FakeClock(AsOf.AtMidnight().InUtc().ToInstant()));
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        _browser?.Quit();
        await _app.DisposeAsync();
    }

    public void Dispose()
    {
        _browser?.Dispose();
        _http.Dispose();
        Directory.Delete(_downloads, recursive: true);
        Directory.Delete(_profile, recursive: true);
    }

    [BrowserFact]
    public async Task AFirm_PicksItsDistrict_AnswersThreeQuestions_SwitchesLanguage_AndDownloadsItsReport()
    {
        var page = Open(1280, 900);
        var facts = new JsonObject();
        var start = await ShowsWhatTheApiAnswers(page, facts, "zh");

        // A firm picks its district: items of other districts' lists can no longer apply.
        var district = page.FindElement(By.Id("district"));
        var registeredIn = Options(district).Last(o => o.GetAttribute("value") is { Length: > 0 });
        facts["enterprise.district"] = registeredIn.GetAttribute("value");
        registeredIn.Click();
        var afterDistrict = await ShowsWhatTheApiAnswers(page, facts, "zh");
        afterDistrict.Should().NotEqual(start, "picking a district decides the items of the other districts");

        var asked = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var form = Until(page, p => p.FindElement(By.Id("question")).GetAttribute("data-fact") is { Length: > 0 } ? p.FindElement(By.Id("question")) : null);
            var fact = form.GetAttribute("data-fact")!;
            asked.Should().NotContain(fact, "an answered question is not asked again");
            asked.Add(fact);
            facts[fact] = Answer(page, form, form.GetAttribute("data-type")!);
            form.FindElement(By.CssSelector("button[type=submit]")).Click();
            await ShowsWhatTheApiAnswers(page, facts, "zh");
            Until(page, p => p.FindElement(By.Id("question")).GetAttribute("data-fact") != fact);
        }

        // English on a switch: the page's own words and every item's title.
        page.FindElement(By.Id("lang")).Click();
        Until(page, p => p.FindElement(By.Id("title")).Text == "Policy calculator");
        page.FindElement(By.TagName("html")).GetAttribute("lang").Should().Be("en");
        var english = await Api(facts, "en");
        Until(page, p => Titles(p).SequenceEqual(english["decisions"]!.AsArray().Select(d => d!["source"]!["title"]!.GetValue<string>())));
        await ShowsWhatTheApiAnswers(page, facts, "en");

        // The downloaded report is the API's report for exactly the facts the firm gave.
        page.FindElement(By.Id("download")).Click();
        var file = Path.Combine(_downloads, "report.json");
        Until(page, _ => File.Exists(file) && new FileInfo(file).Length > 0);
        var downloaded = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
        downloaded["determinationId"]!.GetValue<string>().Should().Be(english["determinationId"]!.GetValue<string>());
        downloaded["decisions"]!.AsArray().Count.Should().Be(english["decisions"]!.AsArray().Count);

        ((IJavaScriptExecutor)page).ExecuteScript("window.scrollTo(0, 0);");
        Screenshot(page, "calculator-desktop.png");
    }

    [BrowserFact]
    public async Task OnAPhoneWidth_NothingOverflowsSideways_AndEveryControlIsLabelled()
    {
        var page = Open(390, 844, phone: true);
        await ShowsWhatTheApiAnswers(page, new JsonObject(), "zh");

        var overflow = (long)((IJavaScriptExecutor)page).ExecuteScript("return document.documentElement.scrollWidth - window.innerWidth;")!;
        overflow.Should().BeLessThanOrEqualTo(0, "the page fits a phone screen without scrolling sideways");
        var unlabelled = ((IJavaScriptExecutor)page).ExecuteScript(
            "return Array.from(document.querySelectorAll('input, select, button')).filter(function (e) {" +
            " return !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim(); }).map(function (e) { return e.id || e.outerHTML; });");
        ((IEnumerable<object>)unlabelled!).Should().BeEmpty("every control has a label, an aria-label or a text");

        Screenshot(page, "calculator-phone.png");
    }

    private ChromeDriver Open(int width, int height, bool phone = false)
    {
        var options = new ChromeOptions { BinaryLocation = BrowserFactAttribute.Browser };
        if (phone)
        {
            // A desktop window cannot be narrower than 500 px; a phone's viewport is emulated instead.
            options.EnableMobileEmulation(new ChromiumMobileEmulationDeviceSettings("Mozilla/5.0 (Linux; Android 14; phone) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36") { Width = width, Height = height, PixelRatio = 2, EnableTouchEvents = true });
        }

        // The flags this machine's closed network needs: no background connections, no first-run pages.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            $"--user-data-dir={_profile}", $"--window-size={width},{height}", "--lang=zh-CN");
        options.AddUserProfilePreference("download.default_directory", _downloads);
        options.AddUserProfilePreference("download.prompt_for_download", false);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(BrowserFactAttribute.Driver)!, Path.GetFileName(BrowserFactAttribute.Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        _browser = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        _browser.Navigate().GoToUrl(new Uri(new Uri(_app.Urls.Single()), "/"));
        return _browser;
    }

    /// <summary>Waits until the page lists every decision with the verdict the API gives for <paramref name="facts"/>; returns them.</summary>
    private async Task<IReadOnlyList<string>> ShowsWhatTheApiAnswers(ChromeDriver page, JsonObject facts, string lang)
    {
        var expected = (await Api(facts, lang))["decisions"]!.AsArray()
            .Select(d => $"{d!["policyId"]!.GetValue<string>()}={d["verdict"]!.GetValue<string>()}").ToList();
        expected.Should().NotBeEmpty();
        List<string> shown = [];
        Until(page, p =>
        {
            shown = [.. p.FindElements(By.CssSelector("#decisions > li")).Select(li => $"{li.GetAttribute("data-policy")}={li.GetAttribute("data-verdict")}")];
            return shown.SequenceEqual(expected);
        }, () => $"the page shows [{string.Join(", ", shown)}], the API answers [{string.Join(", ", expected)}]");
        return shown;
    }

    private async Task<JsonNode> Api(JsonObject facts, string lang)
    {
        var body = new JsonObject { ["facts"] = facts.DeepClone() }.ToJsonString();
        using var response = await _http.PostAsync(new Uri($"/policykit/match?lang={lang}", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(text);
        return JsonNode.Parse(text)!;
    }

    /// <summary>Answers the question in <paramref name="form"/> as the page would send it; returns the value the API is to receive.</summary>
    private static JsonNode Answer(ChromeDriver page, IWebElement form, string type)
    {
        var input = form.FindElement(By.Id("answer"));
        switch (type)
        {
            case "bool" or "code" or "jurisdiction" when input.TagName == "select":
            {
                // The last choice: "no" for a yes/no question, which decides an item rather than leaving it open.
                var choice = Options(input).Last(o => o.GetAttribute("value") is { Length: > 0 });
                choice.Click();
                var value = choice.GetAttribute("value")!;
                return type == "bool" ? JsonValue.Create(value == "true") : JsonValue.Create(value);
            }

            case "codeSet" or "certifications":
            {
                var choice = Options(input)[0];
                choice.Click();
                var value = choice.GetAttribute("value")!;
                return type == "codeSet"
                    ? new JsonArray(value)
                    : new JsonArray(new JsonObject { ["kind"] = value, ["recognizedOn"] = AsOf.ToString("yyyy-MM-dd", null), ["expiresOn"] = null });
            }

            case "integer":
                input.SendKeys("100");
                return JsonValue.Create(100);
            case "decimal" or "money":
                input.SendKeys("2500000");
                return JsonValue.Create(2500000);
            case "date":
                ((IJavaScriptExecutor)page).ExecuteScript("arguments[0].value = '2020-01-01';", input);
                return JsonValue.Create("2020-01-01");
            default:
                input.SendKeys("370212");
                return JsonValue.Create("370212");
        }
    }

    private static IEnumerable<string> Titles(ChromeDriver page) =>
        page.FindElements(By.CssSelector("#decisions > li > strong")).Select(e => e.Text);

    /// <summary>A select element's options, chosen by clicking them (Selenium.Support's SelectElement is not referenced).</summary>
    private static System.Collections.ObjectModel.ReadOnlyCollection<IWebElement> Options(IWebElement select) => select.FindElements(By.TagName("option"));

    private void Screenshot(ChromeDriver page, string name)
    {
        // Kept for a person to look at (docs/service.md describes them); POLICYKIT_SCREENSHOTS names the folder.
        var folder = Environment.GetEnvironmentVariable("POLICYKIT_SCREENSHOTS") is { Length: > 0 } f ? f : _downloads;
        Directory.CreateDirectory(folder);
        var shot = page.GetScreenshot();
        shot.AsByteArray.Length.Should().BeGreaterThan(1000);
        shot.SaveAsFile(Path.Combine(folder, name));
    }

    private static T Until<T>(ChromeDriver page, Func<ChromeDriver, T?> condition, Func<string>? why = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            T? value;
            try
            {
                value = condition(page);
            }
            catch (StaleElementReferenceException)
            {
                value = default;
            }
            catch (NoSuchElementException)
            {
                value = default;
            }

            if (value is not null && !(value is bool b && !b))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                var error = page.FindElements(By.Id("error")).FirstOrDefault()?.Text;
                throw new TimeoutException((why?.Invoke() ?? "the page did not get there in 20 s") + (string.IsNullOrEmpty(error) ? "" : $"; the page says: {error}"));
            }

            Thread.Sleep(50);
        }
    }

}
