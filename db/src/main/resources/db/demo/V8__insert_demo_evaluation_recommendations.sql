-- A fictional management action plan, so the follow-up screens have something to show.

INSERT INTO evaluation_recommendation (strategy_id, fund_id, evaluation_name, recommendation_no, text_en, text_fr,
                                       action, owner, due_date, status, completed_on)
SELECT CASE WHEN e.fund_code IS NULL THEN st.id END, f.id, e.evaluation_name, e.recommendation_no, e.text_en, e.text_fr,
       e.action, e.owner, e.due_date, e.status, e.completed_on
FROM (
    SELECT NULL AS fund_code, 'Demo — Mid-term review of the Anti-Human Trafficking Strategy (2023)' AS evaluation_name, 1 AS recommendation_no, 'Use recipients'' progress reports in funding decisions: roll results up across recipients, funds and years and compare them with targets.' AS text_en, 'Utiliser les rapports d''étape des bénéficiaires dans les décisions de financement : regrouper les résultats par bénéficiaire, fonds et année et les comparer aux cibles.' AS text_fr, 'Publish a quarterly scorecard of targets against actuals for every fund.' AS action, 'Director, Victim Services Branch' AS owner, '2024-03-31' AS due_date, 'DONE' AS status, '2024-03-15' AS completed_on
    UNION ALL SELECT NULL, 'Demo — Mid-term review of the Anti-Human Trafficking Strategy (2023)', 2, 'Collect results disaggregated by region, age group, gender and population group, and suppress small counts in anything published.', 'Recueillir des résultats ventilés par région, groupe d''âge, genre et groupe de population, et supprimer les petits nombres dans toute publication.', 'Add GBA+ dimensions to the indicator catalogue and suppression to public exports.', 'Manager, Performance Measurement Unit', '2025-03-31', 'IN_PROGRESS', NULL
    UNION ALL SELECT 'AHT-CSF', 'Demo — Mid-term review of the Anti-Human Trafficking Strategy (2023)', 3, 'State in every agreement who owns the data the funded service collects.', 'Préciser dans chaque entente à qui appartiennent les données recueillies par le service financé.', 'Add a data-ownership clause to the agreement template and record it on each grant.', 'Manager, Transfer Payment Unit', '2024-09-30', 'DONE', '2024-08-30'
    UNION ALL SELECT NULL, 'Demo — Mid-term review of the Anti-Human Trafficking Strategy (2023)', 4, 'Define service standards tied to success criteria with recipients.', 'Définir, avec les bénéficiaires, des normes de service liées à des critères de réussite.', 'Co-design service standards with recipients at the 2027 intake.', 'Director, Victim Services Branch', '2027-06-30', 'OPEN', NULL
) e
JOIN strategy st ON st.code = 'AHT'
LEFT JOIN fund f ON f.code = e.fund_code;
