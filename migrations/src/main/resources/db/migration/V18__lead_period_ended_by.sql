-- Who ended a lead's period: whoever handed the initiative over, or took the oversight lead role away.
ALTER TABLE oversight_assignment ADD COLUMN ended_by VARCHAR(60) NULL;
