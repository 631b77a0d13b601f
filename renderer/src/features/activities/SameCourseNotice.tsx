import { findSameCourse } from '../../../../shared/domain/rules/same-source';
import type { Activity } from '../../../../shared/schemas/entities';
import { formatDate } from '../../format';

/**
 * Said at entry when a course looks logged already (same title and date, or same code and date):
 * it counts once unless the user says these are two courses.
 */
export function SameCourseNotice({
  entry,
  activities,
  except,
  separate,
  onSeparate,
}: {
  entry: { title: string; completedOn: string; code: string };
  activities: readonly Activity[];
  except?: string | undefined;
  separate: boolean;
  onSeparate: (separate: boolean) => void;
}) {
  const twin = findSameCourse(entry, activities, except);
  if (!twin) return null;
  return (
    <div className="warning-line same-course" role="status">
      <p>
        You already have “{twin.title}” on {formatDate(twin.completedOn)}. Recert counts one course once: this entry
        adds nothing unless it is another course.
      </p>
      <label className="check">
        <input type="checkbox" checked={separate} onChange={(e) => onSeparate(e.target.checked)} />
        <span>This is another course (count both)</span>
      </label>
    </div>
  );
}
