CREATE TABLE party (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    code    VARCHAR(8)   NOT NULL,
    name_en VARCHAR(120) NOT NULL,
    name_es VARCHAR(120) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_party_code UNIQUE (code)
);

CREATE TABLE agency (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    party_id  BIGINT       NOT NULL,
    parent_id BIGINT       NULL,
    code      VARCHAR(20)  NOT NULL,
    name_en   VARCHAR(200) NOT NULL,
    name_es   VARCHAR(200) NOT NULL,
    version   BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_agency_code UNIQUE (code),
    CONSTRAINT fk_agency_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_agency_parent FOREIGN KEY (parent_id) REFERENCES agency (id)
);

INSERT INTO party (code, name_en, name_es) VALUES ('US', 'United States', 'Estados Unidos');
INSERT INTO party (code, name_en, name_es) VALUES ('MX', 'Mexico', 'México');

-- The agencies named in the 27 February 2012 announcement (shared/seed).
INSERT INTO agency (party_id, parent_id, code, name_en, name_es)
SELECT id, NULL, 'DHS', 'Department of Homeland Security', 'Departamento de Seguridad Nacional'
FROM party WHERE code = 'US';
INSERT INTO agency (party_id, parent_id, code, name_en, name_es)
SELECT id, NULL, 'DOS', 'Department of State', 'Departamento de Estado'
FROM party WHERE code = 'US';
INSERT INTO agency (party_id, parent_id, code, name_en, name_es)
SELECT id, NULL, 'SHCP', 'Ministry of Finance and Public Credit (SHCP)', 'Secretaría de Hacienda y Crédito Público'
FROM party WHERE code = 'MX';
INSERT INTO agency (party_id, parent_id, code, name_en, name_es)
SELECT id, NULL, 'SEGOB', 'Ministry of the Interior (SEGOB)', 'Secretaría de Gobernación'
FROM party WHERE code = 'MX';

INSERT INTO agency (party_id, parent_id, code, name_en, name_es)
SELECT p.id, a.id, 'CBP', 'U.S. Customs and Border Protection', 'Oficina de Aduanas y Protección Fronteriza de EE. UU.'
FROM party p, agency a WHERE p.code = 'US' AND a.code = 'DHS';
INSERT INTO agency (party_id, parent_id, code, name_en, name_es)
SELECT p.id, a.id, 'ICE', 'U.S. Immigration and Customs Enforcement', 'Servicio de Inmigración y Control de Aduanas de EE. UU.'
FROM party p, agency a WHERE p.code = 'US' AND a.code = 'DHS';
INSERT INTO agency (party_id, parent_id, code, name_en, name_es)
SELECT p.id, a.id, 'DHS-OIA', 'DHS Office of International Affairs', 'Oficina de Asuntos Internacionales del DHS'
FROM party p, agency a WHERE p.code = 'US' AND a.code = 'DHS';
INSERT INTO agency (party_id, parent_id, code, name_en, name_es)
SELECT p.id, a.id, 'US-EMB-MX', 'U.S. Embassy in Mexico City', 'Embajada de los Estados Unidos en México'
FROM party p, agency a WHERE p.code = 'US' AND a.code = 'DOS';
INSERT INTO agency (party_id, parent_id, code, name_en, name_es)
SELECT p.id, a.id, 'SAT', 'Tax Administration Service (SAT)', 'Servicio de Administración Tributaria'
FROM party p, agency a WHERE p.code = 'MX' AND a.code = 'SHCP';
INSERT INTO agency (party_id, parent_id, code, name_en, name_es)
SELECT p.id, a.id, 'ADUANAS', 'Mexican Customs (General Customs Administration)', 'Administración General de Aduanas'
FROM party p, agency a WHERE p.code = 'MX' AND a.code = 'SAT';
INSERT INTO agency (party_id, parent_id, code, name_en, name_es)
SELECT p.id, a.id, 'INM', 'National Migration Institute (INM)', 'Instituto Nacional de Migración'
FROM party p, agency a WHERE p.code = 'MX' AND a.code = 'SEGOB';
