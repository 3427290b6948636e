using Microsoft.Extensions.Time.Testing;
using Monitor.Domain.Alerts;
using Monitor.Domain.Email;
using Monitor.Domain.Findings;
using Monitor.Notifications.Local;
using Monitor.Notifications.Outbox;
using Monitor.Notifications.SendGrid;
using Monitor.Testing;

namespace Monitor.Notifications.Tests;

public sealed class AlertFlowTests : IAsyncLifetime
{
    private static readonly AlertUnit Xutao = new("zhongning", "xutao", "徐套乡", 2026);
    private static readonly AlertLinks Links = new("http://xutao.example.cn/1.html", null, "zhongning/xutao/2026/a.html");
    private readonly string folder = Path.Combine(Path.GetTempPath(), "flow-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2027, 2, 1, 1, 0, 0, TimeSpan.Zero));
    private FakeSendGridServer server = null!;
    private AlertRaiser raiser = null!;
    private AlertDispatcher dispatcher = null!;

    public async Task InitializeAsync()
    {
        server = await FakeSendGridServer.StartAsync();
        var outbox = new LocalAlertOutbox(folder);
        var composer = new AlertEmailComposer(new MailEnvelope(new EmailAddress("monitor@example.cn"), [new EmailAddress("office@example.cn")]),
            id => id == "T04" ? "表三数据不平衡" : null);
        raiser = new AlertRaiser(new AlertPolicy(TimeSpan.FromDays(7)), composer, new LocalSentAlertLedger(folder), outbox, time);
        dispatcher = new AlertDispatcher(outbox, new SendGridEmailSender(new SendGridOptions { ApiKey = "k", Host = server.Host }, time: time), time);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private static Finding T04(string found) =>
        new("T04", Severity.Error, Location.InTable("表三", "四、结转下年度继续办理", "总计"), "3", found, "一+二≠三(七)+四");

    private async Task<IReadOnlyList<string>> CycleAsync(params Finding[] findings)
    {
        await raiser.RaiseAsync(Xutao, findings, Links);
        var before = server.Accepted.Count;
        await dispatcher.DispatchDueAsync();
        return [.. server.Accepted.Skip(before).Select(r => r.Json().RootElement.GetProperty("subject").GetString()!)];
    }

    [Fact]
    public async Task Same_findings_twice_mail_once_then_a_change_and_a_reminder_mail_again()
    {
        var first = await CycleAsync(T04("4"));
        var repeat = await CycleAsync(T04("4"));
        time.Advance(TimeSpan.FromDays(1));
        var changed = await CycleAsync(T04("5"));
        time.Advance(TimeSpan.FromDays(7));
        var reminder = await CycleAsync(T04("5"));
        var resolved = await CycleAsync();

        Assert.Equal(["【政务公开年报监测】徐套乡 2026年度报告：表三数据不平衡"], first);
        Assert.Empty(repeat);
        Assert.Equal(["【政务公开年报监测】徐套乡 2026年度报告：表三数据不平衡"], changed);
        Assert.Equal(["【政务公开年报监测】徐套乡 2026年度报告：表三数据不平衡（提醒：仍未整改）"], reminder);
        Assert.Empty(resolved);
    }

    [Fact]
    public async Task Warnings_alone_queue_nothing()
    {
        var queued = await raiser.RaiseAsync(Xutao, [new Finding("N07", Severity.Warning, Location.Document, null, null, "缺少社会评议")], Links);

        Assert.Null(queued);
        Assert.Empty(await new LocalAlertOutbox(folder).ListAsync());
    }
}
