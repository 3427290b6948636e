using Monitor.Domain.Reports;

namespace Monitor.Domain.Tests.Rules.Quality;

internal static class QualitySamples
{
    public const string Narrative = """
        一、总体情况
        2024年，徐套乡坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实政府信息公开条例，围绕乡党委政府中心工作，
        主动公开政府信息372条，其中政策文件12条，财政预决算信息8条，乡村振兴信息95条。全年未收到政府信息公开申请。
        五、存在的主要问题及改进情况
        一是公开内容不够全面，部分信息更新不及时；二是工作人员业务能力有待提升。下一步，我乡将加强业务培训，
        建立信息发布审核台账，每月检查栏目更新情况，确保公开信息准确、及时、完整。
        """;

    public static AnnualReport Report(string issuer, string text) => Parsing.Parse.Text(text) with { Issuer = issuer };
}
