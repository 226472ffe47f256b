-- Issued reports never change: the database refuses UPDATE and DELETE on them and on what they said, whatever
-- the client. Creating triggers with binary logging on needs SUPER or log_bin_trust_function_creators=1
-- (docs/operations.md "Issued reports").

CREATE TRIGGER issued_report_no_update BEFORE UPDATE ON issued_report FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'issued reports never change';

CREATE TRIGGER issued_report_no_delete BEFORE DELETE ON issued_report FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'issued reports never change';

CREATE TRIGGER issued_report_content_no_update BEFORE UPDATE ON issued_report_content FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'issued reports never change';

CREATE TRIGGER issued_report_content_no_delete BEFORE DELETE ON issued_report_content FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'issued reports never change';

CREATE TRIGGER issued_report_initiative_no_update BEFORE UPDATE ON issued_report_initiative FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'issued reports never change';

CREATE TRIGGER issued_report_initiative_no_delete BEFORE DELETE ON issued_report_initiative FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'issued reports never change';

CREATE TRIGGER issued_report_milestone_no_update BEFORE UPDATE ON issued_report_milestone FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'issued reports never change';

CREATE TRIGGER issued_report_milestone_no_delete BEFORE DELETE ON issued_report_milestone FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'issued reports never change';

CREATE TRIGGER issued_report_risk_no_update BEFORE UPDATE ON issued_report_risk FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'issued reports never change';

CREATE TRIGGER issued_report_risk_no_delete BEFORE DELETE ON issued_report_risk FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'issued reports never change';
