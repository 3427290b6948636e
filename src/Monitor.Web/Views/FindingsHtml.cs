using System.Text;
using Monitor.Domain.Findings;
using Monitor.Domain.Email;

namespace Monitor.Web.Views;

/// <summary>A findings table in Chinese for the HTML replies.</summary>
public static class FindingsHtml
{
    public static string Table(IEnumerable<Finding> findings)
    {
        var html = new StringBuilder("<table><tr><th>规则</th><th>级别</th><th>位置</th><th>应为</th><th>实际</th><th>说明</th></tr>");
        foreach (var f in findings.OrderByDescending(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal))
        {
            html.Append("<tr><td>").Append(HtmlText.Encode(f.RuleId)).Append("</td><td>").Append(HtmlText.Encode(f.Label()))
                .Append("</td><td>").Append(HtmlText.Encode(f.Location.Describe())).Append("</td><td>").Append(HtmlText.Encode(f.Expected))
                .Append("</td><td>").Append(HtmlText.Encode(f.Found)).Append("</td><td>").Append(HtmlText.Encode(f.Message)).Append("</td></tr>");
        }
        return html.Append("</table>").ToString();
    }
}
