"""Resolution stages: home province, jurisdiction of offices, dates, coreference."""
