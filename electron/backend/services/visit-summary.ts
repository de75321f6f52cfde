import type { VisitSummary } from '../../../shared/api/contract';
import type { Visit } from '../../../shared/domain';
import { maskName, maskPhone } from '../../../shared/logic/mask';

/** A visit as the screens may show it: the customer's name and phone masked. */
export function visitSummary({ customerName, phone, ...visit }: Visit): VisitSummary {
  return { ...visit, displayName: maskName(customerName), phoneMasked: maskPhone(phone) };
}
