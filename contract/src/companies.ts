export interface CompanyView {
  id: number;
  name: string;
  active: boolean;
  /** IANA zone the company's business hours and dashboard days are read in. */
  timezone: string;
  createdAt: string;
  updatedAt: string;
}
