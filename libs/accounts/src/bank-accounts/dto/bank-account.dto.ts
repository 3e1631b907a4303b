import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { IsText, TrimNfc } from '@hoicho/platform';

export class PutBankAccountDto {
  @ApiProperty({ example: '970436', description: "the bank's NAPAS BIN (GET /banks)" })
  @Matches(/^[0-9]{6}$/, { message: 'must be a 6-digit bank BIN' })
  bankBin: string;
  @ApiProperty({ example: '0011004123456', description: 'spaces and dashes are dropped' })
  @TrimNfc()
  @IsText(4, 30)
  accountNumber: string;
  @ApiProperty({
    example: 'SO CONG THUONG HA NOI',
    description: 'as the bank prints it; stored upper case without accents',
  })
  @TrimNfc()
  @IsText(2, 70)
  holder: string;
}

export class BankAccountDto {
  @ApiProperty() organisingBodyId: string;
  @ApiProperty({ example: '970436' }) bankBin: string;
  @ApiProperty({ example: 'Vietcombank' }) bankShortName: string;
  @ApiProperty({ example: 'Ngân hàng TMCP Ngoại Thương Việt Nam' }) bankName: string;
  @ApiProperty({ example: '0011004123456' }) accountNumber: string;
  @ApiProperty({ example: 'SO CONG THUONG HA NOI' }) holder: string;
  @ApiProperty() updatedAt: Date;
}

export class NapasBankDto {
  @ApiProperty({ example: '970436' }) bin: string;
  @ApiProperty({ example: 'VCB' }) code: string;
  @ApiProperty({ example: 'Vietcombank' }) shortName: string;
  @ApiProperty({ example: 'Ngân hàng TMCP Ngoại Thương Việt Nam' }) name: string;
}
