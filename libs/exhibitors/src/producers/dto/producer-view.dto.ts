import { ApiProperty } from '@nestjs/swagger';
import { LEGAL_FORMS, LegalForm } from '../../domain';
import { CraftVillageDto } from '../../villages/dto/craft-village.dto';

export class AddressDto {
  @ApiProperty({ example: '01' }) provinceCode: string;
  @ApiProperty({ example: 'Thành phố Hà Nội' }) provinceName: string;
  @ApiProperty({ example: '10183' }) communeCode: string;
  @ApiProperty({ example: 'Xã Phú Nghĩa' }) communeName: string;
  @ApiProperty({ type: String, nullable: true, example: 'Thôn Phú Vinh' }) detail: string | null;
  @ApiProperty({ type: String, nullable: true }) formerAddress: string | null;
}

export class ContactDto {
  @ApiProperty({ example: 'Nguyễn Văn An' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: 'Chủ nhiệm HTX' }) title: string | null;
  @ApiProperty({ example: '+84912345678', description: 'E.164' }) phone: string;
  @ApiProperty({ example: '0912 345 678' }) phoneNational: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
}

/** A producer in a list: enough to recognise it and to filter by craft or village. */
export class ProducerSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'HTX Mây tre đan Phú Vinh' }) legalNameVi: string;
  @ApiProperty({ type: String, nullable: true }) legalNameEn: string | null;
  @ApiProperty({ enum: LEGAL_FORMS, nullable: true }) legalForm: LegalForm | null;
  @ApiProperty({ type: String, nullable: true, example: 'may-tre-dan' }) craftCategory:
    string | null;
  @ApiProperty({ type: CraftVillageDto, nullable: true }) craftVillage: CraftVillageDto | null;
  @ApiProperty({ type: String, nullable: true, example: '01' }) provinceCode: string | null;
  @ApiProperty() published: boolean;
}

export class ProducerDto extends ProducerSummaryDto {
  @ApiProperty({
    enum: ['full', 'public'],
    description:
      'public: an organiser of a body the producer has not applied to; tax code, address and contacts are left out',
  })
  visibility: 'full' | 'public';
  @ApiProperty({ type: String, nullable: true, example: '0100109106' }) taxCode: string | null;
  @ApiProperty({ type: AddressDto, nullable: true }) address: AddressDto | null;
  @ApiProperty({ type: [ContactDto] }) contacts: ContactDto[];
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class ProducerPageDto {
  @ApiProperty({ type: [ProducerSummaryDto] }) items: ProducerSummaryDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}
