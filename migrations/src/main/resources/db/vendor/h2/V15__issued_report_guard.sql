-- Issued reports never change: H2 calls org.accord.report.IssuedReportGuard, which refuses every UPDATE and
-- DELETE on them and on what they said.

CREATE TRIGGER issued_report_no_update BEFORE UPDATE ON issued_report FOR EACH ROW CALL 'org.accord.report.IssuedReportGuard';
CREATE TRIGGER issued_report_no_delete BEFORE DELETE ON issued_report FOR EACH ROW CALL 'org.accord.report.IssuedReportGuard';
CREATE TRIGGER issued_report_content_no_update BEFORE UPDATE ON issued_report_content FOR EACH ROW CALL 'org.accord.report.IssuedReportGuard';
CREATE TRIGGER issued_report_content_no_delete BEFORE DELETE ON issued_report_content FOR EACH ROW CALL 'org.accord.report.IssuedReportGuard';
CREATE TRIGGER issued_report_initiative_no_update BEFORE UPDATE ON issued_report_initiative FOR EACH ROW CALL 'org.accord.report.IssuedReportGuard';
CREATE TRIGGER issued_report_initiative_no_delete BEFORE DELETE ON issued_report_initiative FOR EACH ROW CALL 'org.accord.report.IssuedReportGuard';
CREATE TRIGGER issued_report_milestone_no_update BEFORE UPDATE ON issued_report_milestone FOR EACH ROW CALL 'org.accord.report.IssuedReportGuard';
CREATE TRIGGER issued_report_milestone_no_delete BEFORE DELETE ON issued_report_milestone FOR EACH ROW CALL 'org.accord.report.IssuedReportGuard';
CREATE TRIGGER issued_report_risk_no_update BEFORE UPDATE ON issued_report_risk FOR EACH ROW CALL 'org.accord.report.IssuedReportGuard';
CREATE TRIGGER issued_report_risk_no_delete BEFORE DELETE ON issued_report_risk FOR EACH ROW CALL 'org.accord.report.IssuedReportGuard';
