import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/dataset/tables/columns.js';
import { registrationStatusOf } from '../../src/domain/registration-status.js';

describe('registration status as the exports write it', () => {
  it.each([
    ['存续', 'ACTIVE'],
    ['存续（在营、开业、在册）', 'ACTIVE'],
    ['在业', 'ACTIVE'],
    ['在营（开业）企业', 'ACTIVE'],
    ['开业', 'ACTIVE'],
    ['在册', 'ACTIVE'],
    ['停业', 'SUSPENDED'],
    ['清算', 'LIQUIDATING'],
    ['迁出', 'MOVED_OUT'],
    ['吊销', 'REVOKED'],
    ['吊销，未注销', 'REVOKED'],
    ['吊销，已注销', 'REVOKED'],
    ['注销', 'DEREGISTERED'],
    ['撤销', 'DEREGISTERED'],
    ['deregistered', 'DEREGISTERED'],
    ['MOVED_OUT', 'MOVED_OUT'],
  ])('reads %s as %s', (cell, status) => {
    expect(registrationStatusOf(cell)).toBe(status);
  });

  it('names nothing for a word no registry uses', () => {
    expect(registrationStatusOf('也许')).toBeUndefined();
  });
});

describe('dates as registries write them', () => {
  it.each([
    ['2024-03-15', '2024-03-15'],
    ['2024/3/5', '2024-03-05'],
    ['2024.03.15', '2024-03-15'],
    ['2024年3月15日', '2024-03-15'],
    ['20240315', '2024-03-15'],
  ])('reads %s as %s', (cell, date) => {
    expect(calendarDate(cell)).toBe(date);
  });

  it.each(['2024-02-30', '15/03/2024', 'soon'])('refuses %s', (cell) => {
    expect(calendarDate(cell)).toBeUndefined();
  });
});
