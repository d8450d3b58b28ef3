export interface JobLeaseTable {
  name: string;
  holder: string | null;
  expires_at: string;
}
