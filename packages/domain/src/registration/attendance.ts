import * as z from "zod/mini";

/** Staff record after an event who actually came; the Steckbrief counts only the total. */
export const attendanceInputSchema = z.object({ attended: z.boolean("must be true or false") });
export type AttendanceInput = z.infer<typeof attendanceInputSchema>;
