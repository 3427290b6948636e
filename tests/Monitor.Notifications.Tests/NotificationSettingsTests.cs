using Microsoft.Extensions.Time.Testing;
using Monitor.Notifications.Eml;
using Monitor.Notifications.SendGrid;

namespace Monitor.Notifications.Tests;

public class NotificationSettingsTests
{
    [Fact]
    public void Reads_every_setting_by_name()
    {
        var values = new Dictionary<string, string>
        {
            ["SendGrid:ApiKey"] = "SG.x",
            ["SendGrid:Host"] = "http://127.0.0.1:1",
            ["Mail:From"] = "monitor@county.cn",
            ["Mail:FromName"] = "某县政务公开办",
            ["Mail:To"] = "a@county.cn; b@county.cn",
            ["Alerts:ReminderDays"] = "3",
            ["Alerts:MaxAttempts"] = "8",
        };

        var settings = NotificationSettings.Read(values.GetValueOrDefault);

        Assert.Equal(NotificationSettings.Names.Order(), values.Keys.Order());
        Assert.Equal(("SG.x", "http://127.0.0.1:1", "monitor@county.cn", "某县政务公开办", TimeSpan.FromDays(3), 8),
            (settings.SendGridKey, settings.SendGridBaseAddress, settings.Envelope.From.Address, settings.Envelope.From.Name, settings.ReminderPeriod, settings.MaxAttempts));
        Assert.Equal(["a@county.cn", "b@county.cn"], settings.Envelope.To.Select(t => t.Address));
        Assert.IsType<SendGridEmailSender>(settings.CreateSender("unused", new FakeTimeProvider()));
    }

    [Fact]
    public void Without_a_key_mail_goes_to_eml_files_with_defaults()
    {
        var settings = NotificationSettings.Read(_ => null);

        Assert.Equal((TimeSpan.FromDays(7), 5, "政务公开年报监测"), (settings.ReminderPeriod, settings.MaxAttempts, settings.Envelope.From.Name));
        Assert.IsType<EmlFileEmailSender>(settings.CreateSender("mail", new FakeTimeProvider()));
    }

    [Fact]
    public void A_bad_number_names_the_setting()
    {
        var error = Assert.Throws<FormatException>(() => NotificationSettings.Read(k => k == "Alerts:MaxAttempts" ? "many" : null));

        Assert.Contains("Alerts:MaxAttempts", error.Message);
    }
}
